"""The notifications service: webhook endpoints per user, and signed deliveries of their events."""
