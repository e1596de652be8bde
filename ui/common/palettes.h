#pragma once

#include <QPalette>

namespace b24 {

// Palettes for platforms without a dark theme of their own (and for the dark screenshot);
// elsewhere the window simply follows the system palette.
class Palettes
{
public:
    static QPalette dark();
};

} // namespace b24
