#include "HyperParameterPanel.h"

#include "ui/widgets/ScientificSpinBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace genlab::ui {

using models::HyperParameterSpec;

HyperParameterPanel::HyperParameterPanel(QWidget* parent) : QWidget(parent)
{
    m_form = new QFormLayout(this);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setContentsMargins(0, 0, 0, 0);

    m_seedBox = new QSpinBox(this);
    m_seedBox->setObjectName(QStringLiteral("seedBox"));
    m_seedBox->setRange(0, std::numeric_limits<int>::max());
    m_seedBox->setValue(1);
    m_seedBox->setToolTip(tr("Fixes the initial weights, the noise and the order of the data: "
                             "the same seed gives the same run"));
    connect(m_seedBox, qOverload<int>(&QSpinBox::valueChanged), this,
            [this](int value) { emit seedChanged(quint64(value)); });
    m_form->addRow(tr("Seed"), m_seedBox);
}

void HyperParameterPanel::setSpecs(const models::HyperParameterSpecs& specs, const QVariantMap& values)
{
    // Keep the seed row (row 0); rebuild the rest.
    while (m_form->rowCount() > 1)
        m_form->removeRow(1);
    m_editors.clear();
    m_specs = specs;
    for (const HyperParameterSpec& spec : specs) {
        QWidget* editor = createEditor(spec, values.value(spec.name, spec.defaultValue));
        editor->setObjectName(QStringLiteral("param_") + spec.name);
        QString tip = spec.help;
        if (spec.type == HyperParameterSpec::Type::Real || spec.type == HyperParameterSpec::Type::Integer)
            tip += tr("\nRange %1 to %2, default %3.")
                       .arg(spec.minimum)
                       .arg(spec.maximum)
                       .arg(spec.defaultValue.toString());
        tip += spec.live ? tr("\nCan be changed while training.") : tr("\nFixed once training has started.");
        editor->setToolTip(tip);
        auto* label = new QLabel(spec.label.isEmpty() ? spec.name : spec.label, this);
        label->setToolTip(tip);
        m_form->addRow(label, editor);
        m_editors.insert(spec.name, editor);
    }
}

QWidget* HyperParameterPanel::createEditor(const HyperParameterSpec& spec, const QVariant& value)
{
    const QString name = spec.name;
    switch (spec.type) {
    case HyperParameterSpec::Type::Real: {
        auto* box = new ScientificSpinBox(this);
        box->setRange(spec.minimum, spec.maximum);
        box->setLogarithmicSteps(spec.logScale);
        if (!spec.logScale)
            box->setSingleStep((spec.maximum - spec.minimum) / 100.0);
        box->setValue(value.toDouble());
        connect(box, &QDoubleSpinBox::valueChanged, this,
                [this, name](double v) { emit valueChanged(name, v); });
        return box;
    }
    case HyperParameterSpec::Type::Integer: {
        auto* box = new QSpinBox(this);
        box->setRange(int(spec.minimum), int(spec.maximum));
        box->setValue(value.toInt());
        box->setKeyboardTracking(false);
        connect(box, qOverload<int>(&QSpinBox::valueChanged), this,
                [this, name](int v) { emit valueChanged(name, v); });
        return box;
    }
    case HyperParameterSpec::Type::Choice: {
        auto* box = new QComboBox(this);
        box->addItems(spec.choices);
        box->setCurrentText(value.toString());
        connect(box, &QComboBox::currentTextChanged, this,
                [this, name](const QString& v) { emit valueChanged(name, v); });
        return box;
    }
    case HyperParameterSpec::Type::Boolean: {
        auto* box = new QCheckBox(this);
        box->setChecked(value.toBool());
        connect(box, &QCheckBox::toggled, this, [this, name](bool v) { emit valueChanged(name, v); });
        return box;
    }
    }
    return new QWidget(this);
}

QVariant HyperParameterPanel::editorValue(const QWidget* editor)
{
    if (auto* box = qobject_cast<const QDoubleSpinBox*>(editor))
        return box->value();
    if (auto* box = qobject_cast<const QSpinBox*>(editor))
        return box->value();
    if (auto* box = qobject_cast<const QComboBox*>(editor))
        return box->currentText();
    if (auto* box = qobject_cast<const QCheckBox*>(editor))
        return box->isChecked();
    return {};
}

void HyperParameterPanel::setEditorValue(QWidget* editor, const QVariant& value)
{
    const QSignalBlocker blocker(editor);
    if (auto* box = qobject_cast<QDoubleSpinBox*>(editor))
        box->setValue(value.toDouble());
    else if (auto* box = qobject_cast<QSpinBox*>(editor))
        box->setValue(value.toInt());
    else if (auto* box = qobject_cast<QComboBox*>(editor))
        box->setCurrentText(value.toString());
    else if (auto* box = qobject_cast<QCheckBox*>(editor))
        box->setChecked(value.toBool());
}

void HyperParameterPanel::setValue(const QString& name, const QVariant& value)
{
    if (QWidget* editor = m_editors.value(name))
        setEditorValue(editor, value);
}

QVariantMap HyperParameterPanel::values() const
{
    QVariantMap result;
    for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it)
        result.insert(it.key(), editorValue(it.value()));
    return result;
}

QStringList HyperParameterPanel::names() const
{
    QStringList result;
    for (const HyperParameterSpec& spec : m_specs)
        result << spec.name;
    return result;
}

quint64 HyperParameterPanel::seed() const
{
    return quint64(m_seedBox->value());
}

void HyperParameterPanel::setSeed(quint64 seed)
{
    const QSignalBlocker blocker(m_seedBox);
    m_seedBox->setValue(int(std::min<quint64>(seed, quint64(std::numeric_limits<int>::max()))));
}

void HyperParameterPanel::setRunActive(bool active)
{
    m_seedBox->setEnabled(!active);
    for (const HyperParameterSpec& spec : m_specs)
        if (QWidget* editor = m_editors.value(spec.name))
            editor->setEnabled(spec.live || !active);
}

} // namespace genlab::ui
