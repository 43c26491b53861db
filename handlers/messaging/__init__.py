"""Messages on the wire: envelopes built from and read into the generated models, and routing to handlers."""
