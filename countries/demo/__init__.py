"""Demo country guides."""
