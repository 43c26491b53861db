# generated from specs/openapi.yaml by tools/sdk.py, do not edit
"""A client library for accessing Digital Banking API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
