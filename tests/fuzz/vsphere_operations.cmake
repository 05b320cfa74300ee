# Fuzz targets of the vSphere operations parsers (being built).
