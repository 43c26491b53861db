"""The composition root: each service built with its own store and nothing else.

The Lambda functions, the local platform and the tests all wire the services here. The API's
operations and the consumers are apart, so a consumer function loads no API code.
"""
