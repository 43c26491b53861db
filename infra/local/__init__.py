"""The platform on one machine: the embedded AWS engine, its relays and the local API server."""

import warnings

# connexion imports starlette's test client at import time, which warns about httpx on every start
warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
