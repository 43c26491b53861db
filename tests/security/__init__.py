"""Security: tokens, object-level authorization, hostile input, what error bodies may carry."""
