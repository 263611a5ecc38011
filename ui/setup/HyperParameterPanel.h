#pragma once

#include "models/HyperParameterSpec.h"

#include <QHash>
#include <QVariantMap>
#include <QWidget>

class QFormLayout;
class QSpinBox;

namespace genlab::ui {

// The settings of the chosen model, built from the model's own descriptions: a control of
// the right kind for each (range, tooltip with the meaning), plus the seed. Settings that
// cannot change mid-run (architecture, latent size) are locked while a run exists.
class HyperParameterPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HyperParameterPanel(QWidget* parent = nullptr);

    void setSpecs(const models::HyperParameterSpecs& specs, const QVariantMap& values);
    void setValue(const QString& name, const QVariant& value); // no signal
    QVariantMap values() const;
    QStringList names() const;
    QWidget* editorFor(const QString& name) const { return m_editors.value(name); }

    quint64 seed() const;
    void setSeed(quint64 seed);
    // While a run exists only live settings can be edited.
    void setRunActive(bool active);

signals:
    void valueChanged(const QString& name, const QVariant& value);
    void seedChanged(quint64 seed);

private:
    QWidget* createEditor(const models::HyperParameterSpec& spec, const QVariant& value);
    static QVariant editorValue(const QWidget* editor);
    static void setEditorValue(QWidget* editor, const QVariant& value);

    QFormLayout* m_form = nullptr;
    QSpinBox* m_seedBox = nullptr;
    models::HyperParameterSpecs m_specs;
    QHash<QString, QWidget*> m_editors;
};

} // namespace genlab::ui
