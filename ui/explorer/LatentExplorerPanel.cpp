#include "LatentExplorerPanel.h"

#include "explore/ChunkedDecoder.h"
#include "explore/ImageMosaic.h"
#include "explore/PrincipalDirections.h"
#include "explore/SampleGridCodes.h"
#include "ui/explorer/InterpolationView.h"
#include "ui/explorer/KlPerDimensionView.h"
#include "ui/explorer/LatentMapView.h"
#include "ui/explorer/LatentSliderBox.h"
#include "ui/explorer/TraversalView.h"
#include "ui/jobs/BackgroundRunner.h"
#include "ui/widgets/ClassNameText.h"
#include "ui/widgets/ImageCanvas.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace genlab::ui {

using explore::LatentDirections;
using snapshot::ModelSnapshot;

namespace {
// The nearest training image is looked up once the code rests this long: the search reads
// the whole training set, too slow to repeat at every slider tick.
constexpr int kNearestDelayMs = 150;
// While training publishes new snapshots, the nearest image of an unmoved code is looked up
// again at most this often.
constexpr int kNearestRefreshMs = 2000;
constexpr int kPrincipalDirectionChoice = -1;
} // namespace

LatentExplorerPanel::LatentExplorerPanel(QWidget* parent) : QWidget(parent)
{
    m_runner = new BackgroundRunner(this);

    m_info =
        new QLabel(tr("Train a model (or step it once): the explorer follows the newest copy of it."), this);
    m_info->setObjectName(QStringLiteral("explorerInfo"));
    m_info->setWordWrap(true);
    // Two lines held even while the text fits on one, so that the sliders below do not jump
    // down (mid-drag) when a longer step number makes it wrap.
    m_info->setMinimumHeight(2 * m_info->fontMetrics().lineSpacing());

    m_decodedCanvas = new ImageCanvas(this);
    m_decodedCanvas->setObjectName(QStringLiteral("decodedCanvas"));
    m_decodedCanvas->setMinimumWidth(100);
    m_decodedCanvas->setFixedHeight(140);
    m_decodedCanvas->setToolTip(tr("The image the current code decodes to"));
    m_nearestCanvas = new ImageCanvas(this);
    m_nearestCanvas->setObjectName(QStringLiteral("nearestCanvas"));
    m_nearestCanvas->setMinimumWidth(100);
    m_nearestCanvas->setFixedHeight(140);
    m_nearestCanvas->setToolTip(tr("The training image closest to the decoded one in pixel distance: "
                                   "a near copy means the model memorised, a distant one that it invents"));
    m_nearestLabel = new QLabel(this);
    m_nearestLabel->setWordWrap(true);
    auto* images = new QGridLayout;
    images->addWidget(new QLabel(tr("Decoded"), this), 0, 0);
    images->addWidget(new QLabel(tr("Nearest training image"), this), 0, 1);
    images->addWidget(m_decodedCanvas, 1, 0);
    images->addWidget(m_nearestCanvas, 1, 1);
    images->addWidget(m_nearestLabel, 2, 0, 1, 2);

    auto button = [this](const QString& text, const QString& tip, const QString& name) {
        auto* b = new QPushButton(text, this);
        b->setToolTip(tip);
        b->setObjectName(name);
        return b;
    };
    QPushButton* random =
        button(tr("Random z"), tr("A new code from the prior N(0, I)"), QStringLiteral("randomCodeButton"));
    QPushButton* zero =
        button(tr("Zero"), tr("The code 0, the prior's centre"), QStringLiteral("zeroCodeButton"));
    QPushButton* reset =
        button(tr("Reset"), tr("Back to the last loaded or random code (sliders to where they were)"),
               QStringLiteral("resetCodeButton"));
    connect(random, &QPushButton::clicked, this, &LatentExplorerPanel::randomCode);
    connect(zero, &QPushButton::clicked, this, &LatentExplorerPanel::zeroCode);
    connect(reset, &QPushButton::clicked, this, &LatentExplorerPanel::resetCode);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(random);
    buttons->addWidget(zero);
    buttons->addWidget(reset);

    m_directionChoice = new QComboBox(this);
    m_directionChoice->setObjectName(QStringLiteral("directionChoice"));
    m_directionChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents); // never truncated
    m_directionChoice->setToolTip(tr("What the sliders move along: latent dimensions (16 at a time), or the "
                                     "principal directions of the latent codes"));
    connect(m_directionChoice, &QComboBox::activated, this, &LatentExplorerPanel::applyDirectionChoice);
    m_recompute = button(tr("Recompute"), tr("Compute the principal directions again from the newest model"),
                         QStringLiteral("recomputeDirections"));
    connect(m_recompute, &QPushButton::clicked, this, &LatentExplorerPanel::computePrincipalDirections);
    // The label on a line of its own: beside it, the narrow column cut the choice's text short.
    auto* choiceLabel = new QLabel(tr("Sliders along"), this);
    auto* choiceRow = new QHBoxLayout;
    choiceRow->addWidget(m_directionChoice, 1);
    choiceRow->addWidget(m_recompute);
    m_directionStatus = new QLabel(this);
    m_directionStatus->setWordWrap(true);

    m_sliders = new LatentSliderBox(this);
    m_sliders->setObjectName(QStringLiteral("latentSliders"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_sliders);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    connect(m_sliders, &LatentSliderBox::codeChanged, this, &LatentExplorerPanel::decodeCurrent);

    m_picker = new ImageCanvas(this);
    m_picker->setObjectName(QStringLiteral("pickerCanvas"));
    m_picker->setMinimumSize(150, 150);
    m_picker->setToolTip(
        tr("The samples from the Training tab's fixed noise, from the newest model: click one to "
           "load its z (and make it an interpolation end point)"));
    connect(m_picker, &ImageCanvas::imageClicked, this, &LatentExplorerPanel::pickTile);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_info);
    leftLayout->addLayout(images);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(choiceLabel);
    leftLayout->addLayout(choiceRow);
    leftLayout->addWidget(m_directionStatus);
    leftLayout->addWidget(scroll, 1);

    auto* pickerPage = new QWidget(this);
    auto* pickerLayout = new QVBoxLayout(pickerPage);
    auto* pickerHint =
        new QLabel(tr("Samples from the Training tab's fixed noise, decoded by the newest model. "
                      "Click one to load its z into the sliders; it also becomes the next "
                      "interpolation end point (A, then B)."),
                   pickerPage);
    pickerHint->setWordWrap(true);
    pickerLayout->addWidget(pickerHint);
    pickerLayout->addWidget(m_picker, 1);

    m_interpolation = new InterpolationView(m_runner, this);
    m_interpolation->setObjectName(QStringLiteral("interpolationView"));
    m_traversal = new TraversalView(m_runner, this);
    m_traversal->setObjectName(QStringLiteral("traversalView"));
    m_map = new LatentMapView(m_runner, this);
    m_map->setObjectName(QStringLiteral("latentMapView"));
    m_kl = new KlPerDimensionView(m_runner, this);
    m_kl->setObjectName(QStringLiteral("klPerDimensionView"));
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("explorerViews"));
    m_views->addTab(pickerPage, tr("Samples"));
    m_views->addTab(m_interpolation, tr("Interpolation"));
    m_views->addTab(m_traversal, tr("Traversal grid"));
    m_views->addTab(m_map, tr("Latent map"));
    m_views->addTab(m_kl, tr("KL per dimension"));
    connect(m_views, &QTabWidget::currentChanged, this, [this] {
        if (m_pickerDirty && m_picker->isVisible())
            refreshPicker();
    });

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("explorerSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_views);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(splitter);

    m_nearestDelay = new QTimer(this);
    m_nearestDelay->setSingleShot(true);
    m_nearestDelay->setInterval(kNearestDelayMs);
    connect(m_nearestDelay, &QTimer::timeout, this, &LatentExplorerPanel::findNearest);
}

LatentExplorerPanel::~LatentExplorerPanel()
{
    // Before any child widget goes: no result may arrive for a widget being destroyed.
    m_runner->shutdown();
}

QVector<float> LatentExplorerPanel::currentCode() const
{
    return m_sliders->code();
}

void LatentExplorerPanel::setSnapshot(const snapshot::ModelSnapshotPtr& snapshot)
{
    if (!snapshot) {
        // A new configuration: its model exists only once training starts.
        if (m_snapshot)
            m_info->setText(
                tr("Still showing step %1 of the previous run: train or step the new one to explore it.")
                    .arg(m_snapshot->step()));
        return;
    }
    ++m_snapshotsReceived;
    const bool newModel =
        !m_snapshot || m_snapshot->latentDim() != snapshot->latentDim() ||
        m_snapshot->modelKind() != snapshot->modelKind() || m_snapshot->dataName() != snapshot->dataName() ||
        m_snapshot->imageSize() != snapshot->imageSize() || snapshot->step() < m_snapshot->step(); // a reset
    m_snapshot = snapshot;
    // Principal directions of an early model (step 0's encoder barely spreads its codes) go
    // stale as it trains: computed again each time the model has trained twice as long, not
    // while a slider is held.
    if (!newModel && !m_principal.isEmpty() && !m_principalPending &&
        snapshot->step() >= 2 * m_principalStep + kPrincipalRefreshSteps &&
        QGuiApplication::mouseButtons() == Qt::NoButton)
        computePrincipalDirections();
    m_info->setText(tr("Step %1 \u00b7 %2 on %3 \u00b7 %4-D latent")
                        .arg(snapshot->step())
                        .arg(snapshot->modelKind(), snapshot->dataName())
                        .arg(snapshot->latentDim()));
    if (newModel)
        startModel();
    // The explorer's views are pictures: a model of 2-D points has its own view (the
    // mode-collapse lab), so here it only gets a word of explanation.
    const bool imageModel = !snapshot->isPointModel();
    m_views->setEnabled(imageModel);
    m_sliders->setEnabled(imageModel);
    m_directionChoice->setEnabled(imageModel);
    if (!imageModel) {
        m_sliders->setDirections(LatentDirections::dimensions(snapshot->latentDim()), {});
        m_decoded = QImage();
        m_decodedCanvas->setImage(QImage());
        m_directionStatus->setText(
            tr("This model makes 2-D points, not images: the explorer shows image models."));
        emit snapshotShown(snapshot->step());
        return;
    }
    decodeCurrent();
    m_interpolation->setSnapshot(snapshot);
    m_traversal->setSnapshot(snapshot);
    m_map->setSnapshot(snapshot);
    m_kl->setSnapshot(snapshot);
    if (m_picker->isVisible())
        refreshPicker();
    else
        m_pickerDirty = true;
    emit snapshotShown(snapshot->step());
}

void LatentExplorerPanel::startModel()
{
    m_principal = {};
    m_principalPending = false;
    m_nearestIndex = -1;
    m_shownCode.clear();
    m_nearestCanvas->setImage(QImage());
    m_nearestLabel->clear();
    const int dim = m_snapshot->latentDim();
    fillDirectionChoices();
    // Start at the first sample of the grid: a code the user has already seen decoded.
    m_loaded = sampleCode(0);
    m_sliders->setDirections(LatentDirections::dimensions(dim), {});
    m_sliders->setBase(m_loaded);
    applyDirectionChoice();
    if (dim > 2 && !m_snapshot->isPointModel())
        computePrincipalDirections(); // sliders beyond 16 dimensions and the latent map's plane
    updatePlane();
}

void LatentExplorerPanel::fillDirectionChoices()
{
    const int dim = m_snapshot->latentDim();
    m_directionChoice->clear();
    const int pages = (dim + LatentSliderBox::kMaxSliders - 1) / LatentSliderBox::kMaxSliders;
    auto addPages = [&] {
        for (int page = 0; page < pages; ++page) {
            const int first = page * LatentSliderBox::kMaxSliders;
            const int last = std::min(dim, first + LatentSliderBox::kMaxSliders) - 1;
            m_directionChoice->addItem(pages == 1 ? tr("latent dimensions")
                                                  : tr("latent dimensions %1\u2013%2").arg(first).arg(last),
                                       page);
        }
    };
    // At most 16 dimensions: one slider each; more: the principal directions come first.
    if (dim > LatentSliderBox::kMaxSliders) {
        m_directionChoice->addItem(tr("principal directions"), kPrincipalDirectionChoice);
        addPages();
    } else {
        addPages();
        if (dim > 1)
            m_directionChoice->addItem(tr("principal directions"), kPrincipalDirectionChoice);
    }
    m_directionChoice->setCurrentIndex(0);
}

void LatentExplorerPanel::applyDirectionChoice()
{
    if (!m_snapshot)
        return;
    const int dim = m_snapshot->latentDim();
    const QVector<float> code = m_sliders->code().size() == dim ? m_sliders->code() : m_loaded;
    const int choice = m_directionChoice->currentData().toInt();
    LatentDirections directions;
    QVector<int> axes;
    if (choice == kPrincipalDirectionChoice && !m_principal.isEmpty()) {
        directions = m_principal;
        for (int i = 0; i < std::min(directions.count(), int(LatentSliderBox::kMaxSliders)); ++i)
            axes.append(i);
        m_directionStatus->setText(
            tr("%1, computed at step %2.").arg(directions.sourceName()).arg(m_principalStep));
    } else {
        directions = LatentDirections::dimensions(dim);
        const int page = choice == kPrincipalDirectionChoice ? 0 : choice;
        for (int i = page * LatentSliderBox::kMaxSliders;
             i < std::min(dim, (page + 1) * LatentSliderBox::kMaxSliders); ++i)
            axes.append(i);
        m_directionStatus->setText(
            choice == kPrincipalDirectionChoice
                ? tr("Computing the principal directions\u2026 (latent dimensions meanwhile)")
                : QString());
        if (choice == kPrincipalDirectionChoice)
            computePrincipalDirections();
    }
    m_sliders->setDirections(directions, axes);
    m_sliders->setBase(code);
    m_traversal->setAxes(directions, axes);
    decodeCurrent();
}

void LatentExplorerPanel::computePrincipalDirections()
{
    if (!m_snapshot || m_principalPending || m_snapshot->isPointModel())
        return;
    m_principalPending = true;
    const snapshot::ModelSnapshotPtr snapshot = m_snapshot;
    const std::atomic<bool>* cancel = m_runner->cancelFlag();
    QPointer<LatentExplorerPanel> self(this);
    m_runner->submit(QStringLiteral("principal"), [snapshot, cancel, self]() -> BackgroundRunner::Apply {
        explore::PrincipalDirections::Options options;
        options.maxAxes = LatentSliderBox::kMaxSliders;
        const LatentDirections directions = explore::PrincipalDirections::compute(*snapshot, options, cancel);
        const qint64 step = snapshot->step();
        return [self, directions, snapshot, step] {
            if (!self)
                return;
            self->m_principalPending = false;
            if (!self->m_snapshot || self->m_snapshot->latentDim() != directions.latentDim ||
                directions.isEmpty())
                return;
            self->m_principal = directions;
            self->m_principalStep = step;
            self->updatePlane();
            if (self->m_directionChoice->currentData().toInt() == kPrincipalDirectionChoice) {
                self->applyDirectionChoice();
                self->m_directionStatus->setText(
                    tr("%1, computed at step %2.").arg(directions.sourceName()).arg(step));
            }
        };
    });
}

void LatentExplorerPanel::updatePlane()
{
    if (!m_snapshot)
        return;
    // 2-D latents: the plane is the whole space; more: the first two principal directions.
    if (m_snapshot->latentDim() > 2 && m_principal.count() >= 2)
        m_map->setPlane(m_principal);
    else
        m_map->setPlane(LatentDirections::dimensions(m_snapshot->latentDim()));
}

void LatentExplorerPanel::decodeCurrent()
{
    if (!m_snapshot || m_snapshot->isPointModel())
        return;
    const QVector<float> code = m_sliders->code();
    if (code.size() != m_snapshot->latentDim())
        return;
    // One image from a small decoder: well under a millisecond, so on the GUI thread, which
    // keeps a slider drag at screen rate without any hand-off.
    const QVector<QImage> images = m_snapshot->decodeImages(code);
    if (images.isEmpty())
        return;
    m_decoded = images.first();
    m_decodedCanvas->setImage(m_decoded);
    const bool moved = code != m_shownCode;
    m_shownCode = code;
    if (moved) {
        m_interpolation->setCurrentCode(code);
        m_traversal->setBase(code);
    }
    // The search holds the snapshot for tens of milliseconds on a large data set: after a
    // move, but for a new snapshot of the same code only now and then, so that a slider
    // dragged while training runs never queues behind one.
    if (moved || !m_sinceNearest.isValid() || m_sinceNearest.elapsed() >= kNearestRefreshMs)
        m_nearestDelay->start();
    emit decodedImageChanged();
}

void LatentExplorerPanel::findNearest()
{
    if (!m_snapshot || m_decoded.isNull() || !isVisible())
        return;
    m_sinceNearest.start();
    const snapshot::ModelSnapshotPtr snapshot = m_snapshot;
    const QImage image = m_decoded;
    QPointer<LatentExplorerPanel> self(this);
    m_runner->submit(QStringLiteral("nearest"), [snapshot, image, self]() -> BackgroundRunner::Apply {
        double distance = 0.0;
        const int index = snapshot->nearestTrainImage(image, &distance);
        const QImage nearest =
            index >= 0 ? snapshot->itemImage(ModelSnapshot::Split::Train, index) : QImage();
        const int label = index >= 0 ? snapshot->itemLabel(ModelSnapshot::Split::Train, index) : -1;
        const QString className = label >= 0 ? classNameText(snapshot->classNames().value(label)) : QString();
        return [self, index, nearest, distance, className] {
            if (!self)
                return;
            self->m_nearestIndex = index;
            self->m_nearestCanvas->setImage(nearest);
            self->m_nearestLabel->setText(
                index < 0 ? QString()
                          : tr("Training image #%1%2, RMS pixel distance %3")
                                .arg(index)
                                .arg(className.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(className))
                                .arg(distance, 0, 'f', 3));
        };
    });
}

void LatentExplorerPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_pickerDirty && m_picker->isVisible())
        refreshPicker();
    if (m_nearestIndex < 0)
        m_nearestDelay->start();
}

QVector<float> LatentExplorerPanel::sampleCode(int index) const
{
    if (!m_snapshot || index < 0 || index >= m_sampleCount)
        return {};
    const int dim = m_snapshot->latentDim();
    return explore::SampleGridCodes::codes(m_sampleSeed, m_sampleCount, dim).mid(index * dim, dim);
}

void LatentExplorerPanel::refreshPicker()
{
    m_pickerDirty = false;
    if (!m_snapshot || m_snapshot->isPointModel())
        return;
    const snapshot::ModelSnapshotPtr snapshot = m_snapshot;
    const quint64 seed = m_sampleSeed;
    const int count = m_sampleCount;
    QPointer<LatentExplorerPanel> self(this);
    m_runner->submit(QStringLiteral("picker"), [snapshot, seed, count, self]() -> BackgroundRunner::Apply {
        const QVector<float> codes = explore::SampleGridCodes::codes(seed, count, snapshot->latentDim());
        const int columns = std::max(1, int(std::ceil(std::sqrt(double(count)))));
        const QImage grid =
            explore::ImageMosaic::tile(explore::ChunkedDecoder::images(*snapshot, codes), columns);
        return [self, grid] {
            if (self)
                self->m_picker->setImage(grid);
        };
    });
}

void LatentExplorerPanel::setSampleNoise(quint64 runSeed, int count)
{
    if (runSeed == m_sampleSeed && count == m_sampleCount)
        return;
    m_sampleSeed = runSeed;
    m_sampleCount = std::max(1, count);
    if (m_picker->isVisible())
        refreshPicker();
    else
        m_pickerDirty = true;
}

void LatentExplorerPanel::pickTile(QPoint pixel)
{
    if (!m_snapshot)
        return;
    const int index = explore::SampleGridCodes::tileAt(pixel, m_snapshot->imageSize(), m_sampleCount);
    const QVector<float> code = sampleCode(index);
    if (code.isEmpty())
        return;
    loadCode(code);
    m_interpolation->offerPickedCode(code);
}

void LatentExplorerPanel::loadSampleGridPixel(QPoint pixel)
{
    pickTile(pixel);
}

void LatentExplorerPanel::loadCode(const QVector<float>& code)
{
    if (!m_snapshot || code.size() != m_snapshot->latentDim())
        return;
    m_loaded = code;
    m_sliders->setBase(code);
    decodeCurrent();
}

void LatentExplorerPanel::randomCode()
{
    if (m_snapshot)
        loadCode(m_snapshot->randomCodes(1, 0xC0DE0000u + m_randomSeed++));
}

void LatentExplorerPanel::zeroCode()
{
    if (m_snapshot)
        loadCode(QVector<float>(m_snapshot->latentDim(), 0.0f));
}

void LatentExplorerPanel::resetCode()
{
    if (!m_loaded.isEmpty())
        loadCode(m_loaded);
}

} // namespace genlab::ui
