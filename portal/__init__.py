"""The Asia-Pacific Migrant Portal: the Django project and the pages every part of the site shares."""
