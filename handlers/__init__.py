"""Handwritten domain code: the four services, their handlers, outbox and inbox."""
