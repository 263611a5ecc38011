#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace genlab::ui {

// A data set's class names arrive in English (Fashion-MNIST's "Sneaker") or as the user named
// them (an image folder's subfolders). The names GenLab ships are marked for translation in
// core/data and shown here in the window's language; any other name is shown as it is.
inline QString classNameText(const QString& name)
{
    return QCoreApplication::translate("genlab::ClassNames", name.toUtf8().constData());
}

inline QStringList classNameTexts(const QStringList& names)
{
    QStringList texts;
    texts.reserve(names.size());
    for (const QString& name : names)
        texts << classNameText(name);
    return texts;
}

} // namespace genlab::ui
