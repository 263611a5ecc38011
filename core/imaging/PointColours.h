#pragma once

#include <QColor>

namespace genlab::imaging {

// Real and generated points look the same in every view and picture that draws them (the
// Training tab's scatter, the mode-collapse lab, the comparison grids, timelines and GIFs), so
// that a reader learns them once.
struct PointColours {
    static inline const QColor kReal = QColor(40, 40, 40);
    static inline const QColor kGenerated = QColor(230, 85, 13);
};

} // namespace genlab::imaging
