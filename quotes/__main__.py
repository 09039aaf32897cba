"""`python -m quotes` runs the command line, as `quotes` does."""
from .cli import main

main()
