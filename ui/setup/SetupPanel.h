#pragma once

#include "training/TrainingConfig.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace genlab::ui {

class HyperParameterPanel;

// The left panel: what to train on (data set), what to train (model), a preset that sets
// both with a story, the run length, and the model's hyper-parameters and seed.
class SetupPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SetupPanel(QWidget* parent = nullptr);

    training::TrainingConfig config() const;
    // Shows a configuration (restored settings, a preset); emits nothing.
    void setConfig(const training::TrainingConfig& config);
    // Adds a folder or file (IDX folder, image folder, CSV of points) to the data list and
    // selects it. Returns false, with the reason in `error`, when it cannot be used.
    bool addDataSource(const QString& path, QString* error = nullptr);
    bool applyPreset(const QString& name, QString* error = nullptr);
    void setRunActive(bool active);

    HyperParameterPanel* parameters() const { return m_parameters; }
    QComboBox* dataBox() const { return m_dataBox; }
    QComboBox* modelBox() const { return m_modelBox; }
    QComboBox* presetBox() const { return m_presetBox; }

signals:
    // Data, model, seed, run length or a setting that needs a new run changed.
    void configurationChanged();
    // A setting that may change during a run was edited.
    void liveParameterChanged(const QString& name, const QVariant& value);
    void openDataRequested();

private:
    void populateData();
    void populateModels();
    void populatePresets();
    void rebuildParameters(const QVariantMap& values);
    bool isPointData() const;
    void selectData(const QString& nameOrPath);

    QComboBox* m_dataBox = nullptr;
    QComboBox* m_modelBox = nullptr;
    QComboBox* m_presetBox = nullptr;
    QLabel* m_storyLabel = nullptr;
    QSpinBox* m_lengthBox = nullptr;
    QComboBox* m_lengthUnitBox = nullptr; // steps or epochs
    HyperParameterPanel* m_parameters = nullptr;
    QString m_presetName; // the preset the current configuration came from, if any
    // While a preset is chosen: all it holds, including what the panel does not show (its
    // schedule, sample and checkpoint intervals), so that it runs as `genlab train --preset` does.
    training::TrainingConfig m_presetConfig;
    QString m_parametersShown; // model and data kind the parameter editors were built for
    bool m_updating = false;
};

} // namespace genlab::ui
