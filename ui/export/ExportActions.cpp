#include "ExportActions.h"

#include "common/HandedOff.h"

#include "common/InputError.h"
#include "export/GifWriter.h"
#include "export/RunBundle.h"
#include "imaging/PointsImage.h"
#include "session/SessionController.h"
#include "training/TrainerSnapshot.h"
#include "ui/export/ImageExportDialog.h"
#include "ui/export/PlotExportDialog.h"
#include "ui/training/LossPlot.h"
#include "ui/training/RunFeed.h"
#include "ui/training/SampleGridView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>

#include <qcustomplot.h>

namespace genlab::ui {

namespace {

const char* const kFolderKey = "export/folder";

QString timestamp()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

} // namespace

ExportActions::ExportActions(QWidget* window, session::SessionController* session, LossPlot* lossPlot,
                             SampleGridView* samples)
    : QObject(window), m_window(window), m_session(session), m_lossPlot(lossPlot), m_samples(samples)
{
    m_menu = new QMenu(tr("&Export"), window);
    m_menu->setObjectName(QStringLiteral("exportMenu"));
    auto add = [this](const QString& name, const QString& text, const QString& tip,
                      void (ExportActions::*slot)()) {
        QAction* action = m_menu->addAction(text, this, slot);
        action->setObjectName(name);
        action->setStatusTip(tip);
        return action;
    };
    QAction* grid =
        add(QStringLiteral("exportGridAction"), tr("Sample &grid as PNG\u2026"),
            tr("The samples on show, at true size or enlarged"), &ExportActions::exportSampleGrid);
    QAction* gif =
        add(QStringLiteral("exportTimelineAction"), tr("Sample &timeline as GIF\u2026"),
            tr("How the samples changed during training, as an animation"), &ExportActions::exportTimeline);
    m_menu->addSeparator();
    QAction* plot = add(QStringLiteral("exportPlotAction"), tr("Loss &plot as PNG or PDF\u2026"),
                        tr("The loss plot at a chosen size"), &ExportActions::exportLossPlot);
    QAction* copy = add(QStringLiteral("copyCsvAction"), tr("&Copy plot data as CSV"),
                        tr("Every series of the loss plot, one row per step, to the clipboard"),
                        &ExportActions::copyLossCsv);
    add(QStringLiteral("exportMetricsAction"), tr("&Metrics as CSV\u2026"),
        tr("Every logged value of the run"), &ExportActions::exportMetricsCsv);
    m_menu->addSeparator();
    add(QStringLiteral("exportWeightsAction"), tr("&Weights for PyTorch\u2026"),
        tr("The networks as a file Python's torch.load reads (see the README for the three lines)"),
        &ExportActions::exportWeights);
    add(QStringLiteral("saveBundleAction"), tr("Save run &bundle\u2026"),
        tr("One folder with config, checkpoint, weights, metrics, pictures and a README to reproduce the "
           "run"),
        &ExportActions::saveBundle);

    // The same entries where the things are: right-click on the plot or the samples.
    connect(m_lossPlot, &LossPlot::contextMenuRequested, this, [plot, copy](const QPoint& globalPos) {
        QMenu menu;
        menu.setObjectName(QStringLiteral("lossPlotMenu"));
        menu.addActions({plot, copy});
        menu.exec(globalPos);
    });
    m_samples->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_samples, &QWidget::customContextMenuRequested, this, [this, grid, gif](const QPoint& at) {
        QMenu menu;
        menu.addActions({grid, gif});
        menu.exec(m_samples->mapToGlobal(at));
    });
}

QString ExportActions::exportFolder() const
{
    const QString remembered = QSettings().value(QLatin1String(kFolderKey)).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return pictures.isEmpty() ? QDir::homePath() : pictures;
}

QString ExportActions::suggestedPath(const QString& name) const
{
    return QDir(exportFolder()).filePath(name);
}

void ExportActions::remember(const QString& path)
{
    QSettings().setValue(QLatin1String(kFolderKey), QFileInfo(path).absolutePath());
}

void ExportActions::savePicture(const QImage& image, int scale, const QString& path)
{
    if (image.isNull())
        throw InputError(QStringLiteral("there is no picture to export yet"));
    if (scale < 1 || scale > 16)
        throw InputError(QStringLiteral("scale %1 is outside 1..16").arg(scale));
    const QImage scaled =
        scale == 1 ? image
                   : image.scaled(image.size() * scale, Qt::IgnoreAspectRatio, Qt::FastTransformation);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || !scaled.save(&out, "PNG") || !out.commit())
        throw InputError(QStringLiteral("%1: cannot write the PNG: %2").arg(path, out.errorString()));
}

QVector<int> ExportActions::keptFrames(const QVector<run::SamplePreview>& previews, int everyNth)
{
    everyNth = std::max(1, everyNth);
    int first = 0;
    while (first + 1 < previews.size() && previews[first].step <= 0)
        ++first;
    QVector<int> kept;
    for (int i = first; i < previews.size(); ++i)
        if ((i - first) % everyNth == 0 || i == previews.size() - 1)
            kept.append(i);
    return kept;
}

QVector<QImage> ExportActions::timelineFrames(const QVector<run::SamplePreview>& previews, int everyNth)
{
    QVector<QImage> frames;
    if (previews.isEmpty())
        return frames;
    const QVector<int> kept = keptFrames(previews, everyNth);
    if (!previews.first().isPoints()) {
        for (int i : kept)
            frames.append(previews[i].grid);
        return frames;
    }
    QVector<QVector<QPointF>> generated;
    for (int i : kept)
        generated.append(previews[i].generated);
    const QRectF area = imaging::PointsImage::areaFor(previews.last().real, generated);
    for (int i : kept)
        frames.append(imaging::PointsImage::render(previews[i].generated, previews[i].real, area));
    return frames;
}

void ExportActions::savePlot(QCustomPlot* plot, const QString& path, QSize size)
{
    const bool pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    // QCustomPlot writes in place; a temporary file and a rename keep an old export whole.
    const QString partial = path + QStringLiteral(".partial");
    const bool written = pdf ? plot->savePdf(partial, size.width(), size.height())
                             : plot->savePng(partial, size.width(), size.height());
    QFile::remove(path);
    if (!written || !QFile::rename(partial, path)) {
        QFile::remove(partial);
        throw InputError(QStringLiteral("%1: cannot write the plot").arg(path));
    }
}

void ExportActions::exportSampleGrid()
{
    const QImage image = m_samples->currentImage();
    if (image.isNull()) {
        emit failed(tr("There are no samples to export yet: train a few steps first."));
        return;
    }
    savePictureInteractively(image, QStringLiteral("samples"));
}

void ExportActions::addPictureMenu(QWidget* widget, const QString& baseName)
{
    widget->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(widget, &QWidget::customContextMenuRequested, this, [this, widget, baseName](const QPoint& at) {
        QMenu menu;
        QAction* save = menu.addAction(tr("Save as PNG\u2026"));
        if (menu.exec(widget->mapToGlobal(at)) == save)
            savePictureInteractively(widget->grab().toImage(), baseName);
    });
}

void ExportActions::savePictureInteractively(const QImage& image, const QString& baseName)
{
    ImageExportDialog dialog(m_window, image.size(), ImageExportDialog::Kind::Picture,
                             suggestedPath(QStringLiteral("%1-%2.png").arg(baseName, timestamp())));
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        savePicture(image, dialog.scale(), dialog.path());
        remember(dialog.path());
        emit finished(tr("Saved %1").arg(dialog.path()));
    } catch (const std::exception& error) {
        emit failed(QString::fromUtf8(error.what()));
    }
}

void ExportActions::exportTimeline()
{
    const QVector<run::SamplePreview> previews = m_samples->previews();
    if (previews.size() < 2) {
        emit failed(tr("The timeline has fewer than two sample pictures: train longer first."));
        return;
    }
    const QSize frameSize = previews.first().isPoints() ? QSize(400, 400) : previews.first().grid.size();
    ImageExportDialog dialog(m_window, frameSize, ImageExportDialog::Kind::Animation,
                             suggestedPath(QStringLiteral("timeline-%1.gif").arg(timestamp())));
    dialog.setFrameCounter([previews](int everyNth) { return int(keptFrames(previews, everyNth).size()); });
    if (!previews.first().isPoints())
        dialog.setScale(std::max(1, ImageExportDialog::suggestedScale(frameSize) / 2));
    else
        dialog.setScale(1);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = dialog.path();
    exporting::GifWriter::Options options;
    options.delayMs = dialog.delayMs();
    options.scale = dialog.scale();
    const int every = dialog.everyNth();
    remember(path);
    emit finished(tr("Writing %1\u2026").arg(path));
    // Quantising hundreds of frames takes a while: a thread of its own keeps the window live.
    auto error = std::make_shared<HandedOff<QString>>(QString());
    QThread* worker = QThread::create([previews, every, options, path, error] {
        try {
            exporting::GifWriter::write(path, timelineFrames(previews, every), options);
        } catch (const std::exception& failure) {
            error->set(QString::fromUtf8(failure.what()));
        }
    });
    connect(worker, &QThread::finished, this, [this, worker, error, path] {
        worker->deleteLater();
        if (error->value().isEmpty())
            emit finished(tr("Saved %1").arg(path));
        else
            emit failed(error->value());
    });
    worker->start(QThread::LowPriority);
}

void ExportActions::exportLossPlot()
{
    PlotExportDialog dialog(m_window, QSize(1200, 700),
                            suggestedPath(QStringLiteral("losses-%1.png").arg(timestamp())));
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        savePlot(m_lossPlot->plot(), dialog.path(), dialog.size());
        remember(dialog.path());
        emit finished(tr("Saved %1").arg(dialog.path()));
    } catch (const std::exception& error) {
        emit failed(QString::fromUtf8(error.what()));
    }
}

void ExportActions::copyLossCsv()
{
    QApplication::clipboard()->setText(m_lossPlot->toCsv());
    emit finished(tr("Copied the plot's data as CSV"));
}

void ExportActions::exportMetricsCsv()
{
    const QString runMetrics =
        m_runPath.isEmpty() ? QString() : QDir(m_runPath).filePath(QStringLiteral("metrics.csv"));
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export metrics"), suggestedPath(QStringLiteral("metrics-%1.csv").arg(timestamp())),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // The run folder's file has every logged row; without one, what the plot holds.
    QByteArray bytes;
    QFile in(runMetrics);
    if (!runMetrics.isEmpty() && in.open(QIODevice::ReadOnly))
        bytes = in.readAll();
    else
        bytes = m_lossPlot->toCsv().toUtf8();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        emit failed(tr("%1: cannot write: %2").arg(path, out.errorString()));
        return;
    }
    remember(path);
    emit finished(tr("Saved %1").arg(path));
}

void ExportActions::exportWeights()
{
    snapshot::ModelSnapshotPtr snapshot = m_snapshot;
    if (!snapshot && !m_runPath.isEmpty()) {
        try {
            snapshot = training::TrainerSnapshot::open(m_runPath);
        } catch (const std::exception&) {
            snapshot.reset();
        }
    }
    if (!snapshot) {
        emit failed(tr("There is no model to export yet: train a step first, or open a run."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export weights for PyTorch"),
        suggestedPath(QStringLiteral("%1-step%2.pt").arg(snapshot->modelKind()).arg(snapshot->step())),
        tr("PyTorch files (*.pt)"));
    if (path.isEmpty())
        return;
    try {
        snapshot->exportWeights(path);
        remember(path);
        emit finished(tr("Saved %1 (load it with torch.load)").arg(path));
    } catch (const std::exception& error) {
        emit failed(QString::fromUtf8(error.what()));
    }
}

void ExportActions::saveBundle()
{
    if (m_runPath.isEmpty()) {
        emit failed(tr("There is no run to bundle yet: train a step first, or open a run."));
        return;
    }
    const QString target = QFileDialog::getSaveFileName(
        m_window, tr("Save run bundle (a new folder)"),
        suggestedPath(QFileInfo(m_runPath).fileName() + QStringLiteral("-bundle")));
    if (target.isEmpty())
        return;
    remember(target);
    if (m_session && m_sessionRun) {
        // A bundle holds a checkpoint of the newest step: the session writes one first.
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(m_session, &session::SessionController::checkpointReady, this,
                              [this, connection, target](const QString&) {
                                  disconnect(*connection);
                                  writeBundle(target);
                              });
        m_session->writeCheckpointNow();
        return;
    }
    writeBundle(target);
}

void ExportActions::writeBundle(const QString& target)
{
    try {
        QVector<exporting::RunBundle::NamedImage> images;
        images.append({QStringLiteral("loss-plot.png"), m_lossPlot->plot()->toPixmap(1200, 700).toImage()});
        images.append({QStringLiteral("samples-on-screen.png"), m_samples->currentImage()});
        exporting::RunBundle::write(m_runPath, target, images);
        emit finished(tr("Saved the run bundle %1").arg(target));
    } catch (const std::exception& error) {
        emit failed(QString::fromUtf8(error.what()));
    }
}

void ExportActions::attach(RunFeed* feed)
{
    connect(feed, &RunFeed::snapshotReady, this, &ExportActions::setSnapshot);
    // A followed run is taken as it is on disk; the window's own gets its newest step first.
    connect(feed, &RunFeed::statusChanged, this, [this, feed](const run::SessionStatus& status) {
        setRunPath(status.runPath, !feed->isFollowingRun());
    });
}

} // namespace genlab::ui
