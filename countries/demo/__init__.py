"""Demo country guides, corridor guides, migration-landscape indicators and the landscape map."""


def load_more(home, index):
    """Everything of the countries app beyond the country guides: corridors (and, later, the landscape)."""
    from countries.demo import corridors

    return {"corridors": corridors.load(index)}
