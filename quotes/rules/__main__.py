"""`python -m quotes.rules`: print the rule tables as the README's "How it works" list."""
from .tables import how_it_works

print(how_it_works())
