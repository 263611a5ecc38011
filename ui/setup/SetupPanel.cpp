#include "SetupPanel.h"

#include "common/InputError.h"
#include "data/DataCatalog.h"
#include "models/ModelCatalog.h"
#include "training/PresetCatalog.h"
#include "ui/setup/HyperParameterPanel.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace genlab::ui {

namespace {
constexpr int kPointDataRole = Qt::UserRole + 1; // bool: the source holds 2-D points
constexpr int kMaxSteps = 100000000;
} // namespace

SetupPanel::SetupPanel(QWidget* parent) : QWidget(parent)
{
    m_presetBox = new QComboBox(this);
    m_presetBox->setObjectName(QStringLiteral("presetBox"));
    m_storyLabel = new QLabel(this);
    m_storyLabel->setObjectName(QStringLiteral("presetStory"));
    m_storyLabel->setWordWrap(true);
    m_storyLabel->setStyleSheet(QStringLiteral("color: palette(dark);"));

    m_dataBox = new QComboBox(this);
    m_dataBox->setObjectName(QStringLiteral("dataBox"));
    auto* openButton = new QPushButton(tr("Open\u2026"), this);
    openButton->setToolTip(tr("Train on your own data: a folder of images, a folder of IDX files "
                              "or a CSV file of 2-D points (or drop it on the window)"));
    connect(openButton, &QPushButton::clicked, this, &SetupPanel::openDataRequested);
    auto* dataRow = new QHBoxLayout;
    dataRow->addWidget(m_dataBox, 1);
    dataRow->addWidget(openButton);

    m_modelBox = new QComboBox(this);
    m_modelBox->setObjectName(QStringLiteral("modelBox"));

    m_lengthBox = new QSpinBox(this);
    m_lengthBox->setObjectName(QStringLiteral("runLengthBox"));
    m_lengthBox->setRange(0, kMaxSteps);
    m_lengthBox->setSingleStep(1000);
    m_lengthBox->setSpecialValueText(tr("no limit"));
    m_lengthBox->setToolTip(tr("Training finishes by itself after this many steps or epochs (0: no limit)"));
    m_lengthUnitBox = new QComboBox(this);
    m_lengthUnitBox->setObjectName(QStringLiteral("runLengthUnitBox"));
    m_lengthUnitBox->addItem(tr("steps"), QStringLiteral("steps"));
    m_lengthUnitBox->addItem(tr("epochs"), QStringLiteral("epochs"));
    auto* lengthRow = new QHBoxLayout;
    lengthRow->addWidget(m_lengthBox, 1);
    lengthRow->addWidget(m_lengthUnitBox);

    auto* chooser = new QFormLayout;
    chooser->addRow(tr("Preset"), m_presetBox);
    chooser->addRow(m_storyLabel);
    chooser->addRow(tr("Data"), dataRow);
    chooser->addRow(tr("Model"), m_modelBox);
    chooser->addRow(tr("Run length"), lengthRow);

    m_parameters = new HyperParameterPanel(this);
    m_parameters->setObjectName(QStringLiteral("hyperParameterPanel"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_parameters);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* parametersBox = new QGroupBox(tr("Hyper-parameters"), this);
    auto* parametersLayout = new QVBoxLayout(parametersBox);
    parametersLayout->setContentsMargins(4, 4, 4, 4);
    parametersLayout->addWidget(scroll);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(chooser);
    layout->addWidget(parametersBox, 1);

    populatePresets();
    populateData();
    populateModels();
    rebuildParameters({});

    connect(m_presetBox, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        const QString name = m_presetBox->itemData(index).toString();
        if (!name.isEmpty() && applyPreset(name))
            emit configurationChanged();
    });
    auto onChoice = [this] {
        if (m_updating)
            return;
        m_presetName.clear();
        m_storyLabel->clear();
        {
            const QSignalBlocker blocker(m_presetBox);
            m_presetBox->setCurrentIndex(0);
        }
        rebuildParameters(m_parameters->values());
        emit configurationChanged();
    };
    connect(m_dataBox, qOverload<int>(&QComboBox::currentIndexChanged), this, onChoice);
    connect(m_modelBox, qOverload<int>(&QComboBox::currentIndexChanged), this, onChoice);
    auto onLength = [this] {
        m_lengthBox->setSingleStep(m_lengthUnitBox->currentData() == QLatin1String("epochs") ? 1 : 1000);
        if (!m_updating)
            emit configurationChanged();
    };
    connect(m_lengthBox, qOverload<int>(&QSpinBox::valueChanged), this, onLength);
    connect(m_lengthUnitBox, qOverload<int>(&QComboBox::currentIndexChanged), this, onLength);
    connect(m_parameters, &HyperParameterPanel::seedChanged, this, [this] {
        if (!m_updating)
            emit configurationChanged();
    });
    connect(m_parameters, &HyperParameterPanel::valueChanged, this, &SetupPanel::liveParameterChanged);
}

void SetupPanel::populatePresets()
{
    m_presetBox->addItem(tr("(none)"), QString());
    for (const training::Preset& preset : training::PresetCatalog::all()) {
        m_presetBox->addItem(preset.name, preset.name);
        m_presetBox->setItemData(m_presetBox->count() - 1, preset.story, Qt::ToolTipRole);
    }
}

void SetupPanel::populateData()
{
    for (const data::DataSetInfo& info : data::DataCatalog::available()) {
        const QString text = info.testCount > 0
                                 ? tr("%1 (%2 + %3)").arg(info.name).arg(info.trainCount).arg(info.testCount)
                                 : tr("%1 (%2)").arg(info.name).arg(info.trainCount);
        m_dataBox->addItem(text, info.name);
        const int row = m_dataBox->count() - 1;
        m_dataBox->setItemData(row, info.kind == data::DataKind::Points2D, kPointDataRole);
        m_dataBox->setItemData(row, info.found ? info.description : info.problem, Qt::ToolTipRole);
        if (!info.found) {
            // Listed so the user learns it exists and how to get it, but not selectable.
            m_dataBox->setItemText(row, tr("%1 (not found)").arg(info.name));
            if (auto* model = qobject_cast<QStandardItemModel*>(m_dataBox->model()))
                model->item(row)->setEnabled(false);
        }
    }
}

void SetupPanel::populateModels()
{
    for (const models::ModelDescription& model : models::ModelCatalog::available()) {
        m_modelBox->addItem(model.kind, model.kind);
        m_modelBox->setItemData(m_modelBox->count() - 1, model.title + QStringLiteral("\n") + model.summary,
                                Qt::ToolTipRole);
    }
}

bool SetupPanel::isPointData() const
{
    return m_dataBox->currentData(kPointDataRole).toBool();
}

void SetupPanel::rebuildParameters(const QVariantMap& values)
{
    const QString kind = m_modelBox->currentData().toString();
    if (kind.isEmpty())
        return;
    const auto dataKind = isPointData() ? data::DataKind::Points2D : data::DataKind::Images;
    const models::HyperParameterSpecs specs = models::ModelCatalog::hyperParameters(kind, dataKind);
    const QString shown =
        kind + (dataKind == data::DataKind::Points2D ? QStringLiteral("/points") : QStringLiteral("/images"));
    if (shown == m_parametersShown) {
        // The same editors: new values in place, so that a running model's locked fields stay
        // locked (a scheduled change or a recovery shows its values while training goes on).
        for (const models::HyperParameterSpec& spec : specs)
            m_parameters->setValue(spec.name, values.value(spec.name, spec.defaultValue));
        return;
    }
    m_parametersShown = shown;
    // Carry over what the user set where the new model has the same setting.
    QVariantMap kept;
    for (const models::HyperParameterSpec& spec : specs)
        if (values.contains(spec.name))
            kept.insert(spec.name, values.value(spec.name));
    m_parameters->setSpecs(specs, kept);
}

void SetupPanel::selectData(const QString& nameOrPath)
{
    int index = m_dataBox->findData(nameOrPath);
    if (index < 0) {
        const QFileInfo file(nameOrPath);
        m_dataBox->addItem(file.fileName().isEmpty() ? nameOrPath : file.fileName(), nameOrPath);
        index = m_dataBox->count() - 1;
        m_dataBox->setItemData(index, file.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0,
                               kPointDataRole);
        m_dataBox->setItemData(index, nameOrPath, Qt::ToolTipRole);
    }
    m_dataBox->setCurrentIndex(index);
}

training::TrainingConfig SetupPanel::config() const
{
    training::TrainingConfig config = m_presetName.isEmpty() ? training::TrainingConfig{} : m_presetConfig;
    config.model = m_modelBox->currentData().toString();
    config.data = m_dataBox->currentData().toString();
    config.settings = m_parameters->values();
    config.seed = m_parameters->seed();
    const bool epochs = m_lengthUnitBox->currentData() == QLatin1String("epochs");
    config.steps = epochs ? 0 : m_lengthBox->value();
    config.epochs = epochs ? m_lengthBox->value() : 0;
    config.preset = m_presetName;
    return config;
}

void SetupPanel::setConfig(const training::TrainingConfig& config)
{
    m_updating = true;
    if (!config.data.isEmpty())
        selectData(config.data);
    const int model = m_modelBox->findData(config.model);
    if (model >= 0)
        m_modelBox->setCurrentIndex(model);
    const bool epochs = config.epochs > 0;
    m_lengthUnitBox->setCurrentIndex(epochs ? 1 : 0);
    m_lengthBox->setValue(int(std::min<int64_t>(epochs ? config.epochs : config.steps, kMaxSteps)));
    m_parameters->setSeed(config.seed);
    rebuildParameters(config.settings);
    m_presetName = config.preset;
    m_presetConfig = config.preset.isEmpty() ? training::TrainingConfig{} : config;
    const int preset = m_presetBox->findData(config.preset);
    m_presetBox->setCurrentIndex(std::max(0, preset));
    m_storyLabel->setText(preset > 0 ? m_presetBox->itemData(preset, Qt::ToolTipRole).toString() : QString());
    m_updating = false;
}

bool SetupPanel::addDataSource(const QString& path, QString* error)
{
    if (!QFileInfo::exists(path)) {
        if (error)
            *error = tr("%1 does not exist").arg(path);
        return false;
    }
    // Read it now, so that a broken file is reported when it is opened (with its line or byte)
    // and the current choice and run stay as they are, instead of failing at the next Train.
    try {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        data::DataCatalog::check(path);
        QGuiApplication::restoreOverrideCursor();
    } catch (const std::exception& failure) {
        QGuiApplication::restoreOverrideCursor();
        if (error)
            *error = QString::fromUtf8(failure.what());
        return false;
    }
    m_updating = true;
    selectData(path);
    // Other data is no longer the preset's story: its name and schedule go, its settings stay.
    m_presetName.clear();
    m_storyLabel->clear();
    {
        const QSignalBlocker blocker(m_presetBox);
        m_presetBox->setCurrentIndex(0);
    }
    rebuildParameters(m_parameters->values());
    m_updating = false;
    emit configurationChanged();
    return true;
}

bool SetupPanel::applyPreset(const QString& name, QString* error)
{
    try {
        const training::Preset preset = training::PresetCatalog::load(name);
        training::TrainingConfig config = preset.config;
        config.preset = preset.name;
        setConfig(config);
        return true;
    } catch (const InputError& failure) {
        if (error)
            *error = failure.message();
        return false;
    }
}

void SetupPanel::setRunActive(bool active)
{
    m_parameters->setRunActive(active);
}

} // namespace genlab::ui
