"""Demo country guides, corridor guides, migration-landscape indicators and the landscape map."""


def load_more(home, index):
    """Everything of the countries app beyond the country guides: corridors, indicators, the map page."""
    from countries.demo import corridors, landscape

    return {"corridors": corridors.load(index), "landscape": landscape.load(home)}
