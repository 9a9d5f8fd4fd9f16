"""The built-in rule plugins, one package per concern.

Each registers through the ``checker.plugins`` entry point group exactly as a third-party
plugin does, imports only the public ``checker`` API, and never imports another plugin.
"""
