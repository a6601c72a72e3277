"""Trade Readiness core: the domain, scoring, store, Excel and command line, free of any GUI toolkit."""

__version__ = "0.1.0"
