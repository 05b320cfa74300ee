# Fuzz targets of the vSphere updates parsers (being built).
