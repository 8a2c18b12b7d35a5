"""Search backends tuned to the portal's normalised search documents."""
