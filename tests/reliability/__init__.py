"""Reliability: a bank workload under seeded fault injection, its checker, poison messages."""
