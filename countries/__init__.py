"""Country guides, migration corridors and the migration-landscape data and map."""
