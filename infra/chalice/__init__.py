"""The Chalice project of the AWS deployment."""
