// Pango text layout drawn through cairo, imported into Swift as the module CPango.
// Debian's libpango1.0-dev ships pangocairo.pc, which also names the glib and cairo headers.
#include <pango/pangocairo.h>
