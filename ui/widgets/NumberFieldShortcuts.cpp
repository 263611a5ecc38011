#include "NumberFieldShortcuts.h"

#include <QAbstractSpinBox>
#include <QKeyEvent>

namespace genlab::ui {

bool NumberFieldShortcuts::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ShortcutOverride || !qobject_cast<QAbstractSpinBox*>(watched))
        return QObject::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const bool plain = key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier;
    const bool notInANumber = key->key() == Qt::Key_Space ||
                              (key->key() >= Qt::Key_A && key->key() <= Qt::Key_Z && key->key() != Qt::Key_E);
    // Filtered out, the override request stays unaccepted: the shortcut map takes the key.
    return plain && notInANumber;
}

} // namespace genlab::ui
