"""hadath: Arabic news to political event data, natively in Arabic, traceable to the words."""

__version__ = "0.1.0"
