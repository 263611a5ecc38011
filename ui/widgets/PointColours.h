#pragma once

#include <QColor>

namespace genlab::ui {

// Real and generated points look the same in every view that draws them (the Training tab's
// scatter, the mode-collapse lab), so that a reader learns them once.
struct PointColours {
    static inline const QColor kReal = QColor(40, 40, 40);
    static inline const QColor kGenerated = QColor(230, 85, 13);
};

} // namespace genlab::ui
