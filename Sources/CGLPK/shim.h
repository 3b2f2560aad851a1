// The GLPK C API, imported into Swift as the module CGLPK.
// Debian's libglpk-dev ships no pkg-config file, so the module map links "glpk" directly.
#include <glpk.h>
