"""Trade Readiness core: the domain, scoring, store, Excel and command line, free of any GUI toolkit."""

import os

__version__ = "0.1.0"

# The app uses no pydantic plugins; without this pydantic scans every installed
# package's entry points on first use, about 13 ms of each start-up.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "1")
