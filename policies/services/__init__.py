"""What happens when pages are published, and the editorial groups and workflow."""
