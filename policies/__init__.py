"""Laws, regulations, agreements and procedures per country, tagged with the GCM objectives, with dated updates."""
