# Fuzz targets of the vSphere performance parsers (being built).
