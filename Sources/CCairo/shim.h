// The cairo C API with its PDF surface, imported into Swift as the module CCairo.
// Debian's libcairo2-dev ships cairo.pc, so the target finds the headers with pkg-config.
#include <cairo.h>
#include <cairo-pdf.h>
