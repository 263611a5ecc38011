#include "DrawDataDialog.h"

#include "PointsCanvas.h"

#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace genlab::ui {

namespace {
// Fewer points than this make a data set no model can learn a shape from.
constexpr int kFewestPointsToTrain = 50;
} // namespace

DrawDataDialog::DrawDataDialog(const QString& folder, QWidget* parent) : QDialog(parent), m_folder(folder)
{
    setWindowTitle(tr("Draw 2-D data"));
    m_canvas = new PointsCanvas(this);
    m_canvas->setObjectName(QStringLiteral("pointsCanvas"));
    auto* hint = new QLabel(tr("Drag to paint points along a stroke; click to drop a round cluster (a mode). "
                               "The plane runs from -2 to 2 on both axes."),
                            this);
    hint->setWordWrap(true);

    m_spread = new QDoubleSpinBox(this);
    m_spread->setObjectName(QStringLiteral("drawSpread"));
    m_spread->setRange(0.005, 0.5);
    m_spread->setSingleStep(0.01);
    m_spread->setDecimals(3);
    m_spread->setValue(m_canvas->spread());
    m_spread->setToolTip(
        tr("How far the points scatter around the brush (standard deviation, in plane units)"));
    connect(m_spread, &QDoubleSpinBox::valueChanged, m_canvas, &PointsCanvas::setSpread);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("drawCount"));

    m_undo = new QPushButton(tr("Undo"), this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_clear = new QPushButton(tr("Clear"), this);
    m_save = new QPushButton(tr("Save CSV\u2026"), this);
    m_train = new QPushButton(tr("Train on these"), this);
    m_train->setObjectName(QStringLiteral("drawTrainButton"));
    m_train->setDefault(true);
    auto* close = new QPushButton(tr("Close"), this);
    connect(m_undo, &QPushButton::clicked, m_canvas, &PointsCanvas::undo);
    connect(m_clear, &QPushButton::clicked, m_canvas, &PointsCanvas::clear);
    connect(m_save, &QPushButton::clicked, this, &DrawDataDialog::saveAs);
    connect(m_train, &QPushButton::clicked, this, &DrawDataDialog::trainOnThese);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_canvas, &PointsCanvas::changed, this, &DrawDataDialog::refresh);

    auto* brush = new QHBoxLayout;
    brush->addWidget(new QLabel(tr("Spread"), this));
    brush->addWidget(m_spread);
    brush->addStretch(1);
    brush->addWidget(m_count);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_undo);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_train);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_canvas, 1);
    layout->addLayout(brush);
    layout->addLayout(buttons);
    refresh();
}

void DrawDataDialog::refresh()
{
    const int count = int(m_canvas->points().size());
    m_count->setStyleSheet(QString());
    m_count->setText(tr("Points: %1").arg(count));
    m_undo->setEnabled(m_canvas->strokeCount() > 0);
    m_clear->setEnabled(count > 0);
    m_save->setEnabled(count > 0);
    m_train->setEnabled(count >= kFewestPointsToTrain);
    m_train->setToolTip(count >= kFewestPointsToTrain
                            ? tr("Save the points and choose them as the data set")
                            : tr("Draw at least %1 points first").arg(kFewestPointsToTrain));
}

bool DrawDataDialog::saveCsv(const QString& path)
{
    QSaveFile file(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !file.open(QIODevice::WriteOnly) ||
        file.write(m_canvas->toCsv()) < 0 || !file.commit()) {
        m_count->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
        m_count->setText(
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

void DrawDataDialog::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the points"),
                                                      QStringLiteral("points.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveCsv(path);
}

void DrawDataDialog::trainOnThese()
{
    const QString path = QDir(m_folder).filePath(
        QStringLiteral("drawn-%1.csv")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    if (!saveCsv(path))
        return;
    m_written = path;
    emit trainRequested(path);
    accept();
}

} // namespace genlab::ui
