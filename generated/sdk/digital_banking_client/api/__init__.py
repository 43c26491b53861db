# generated from specs/openapi.yaml by tools/sdk.py, do not edit
"""Contains methods for accessing the API"""
