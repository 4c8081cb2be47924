// The system zlib (apt: zlib1g-dev), for reading gzipped downloads.
#include <zlib.h>
