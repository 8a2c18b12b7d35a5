"""Settings: base (safe for production), dev, test and production; each reads the environment."""
