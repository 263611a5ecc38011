#include "WelcomeView.h"

#include "training/PresetCatalog.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace genlab::ui {

namespace {

// The story up to its first full stop or colon: a card holds a line or two.
QString headline(const QString& story)
{
    // The first sentence: up to ". " or ": " in English, "。" or "：" in Chinese.
    const int end = story.indexOf(QRegularExpression(QStringLiteral("[。：]|[.:](\\s|$)")));
    return end > 0 ? story.left(end) : story;
}

} // namespace

WelcomeView::WelcomeView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomeView"));
    auto* title = new QLabel(tr("<h2>Pick a story and watch it unfold</h2>"
                                "<p>Each card trains one preset at once: loss curves here, the samples "
                                "beside them, mode collapse in its own tab. Or choose data, a model and "
                                "settings on the left and press <b>Train</b> (Space).</p>"),
                             this);
    title->setWordWrap(true);

    auto* cards = new QGridLayout;
    cards->setSpacing(10);
    int index = 0;
    for (const training::Preset& preset : training::PresetCatalog::all()) {
        auto* card = new QPushButton(this);
        card->setObjectName(QStringLiteral("card_") + preset.name);
        card->setToolTip(preset.story);
        card->setMinimumHeight(64);
        card->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        // A label inside the button: QPushButton's own text neither wraps nor takes rich text.
        auto* text = new QLabel(QStringLiteral("<b>%1</b><br>%2")
                                    .arg(preset.name.toHtmlEscaped(), headline(preset.story).toHtmlEscaped()),
                                card);
        text->setWordWrap(true);
        text->setAttribute(Qt::WA_TransparentForMouseEvents);
        auto* inside = new QVBoxLayout(card);
        inside->setContentsMargins(10, 6, 10, 6);
        inside->addWidget(text);
        const QString name = preset.name;
        connect(card, &QPushButton::clicked, this, [this, name] { emit presetChosen(name); });
        cards->addWidget(card, index / 2, index % 2);
        ++index;
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(title);
    layout->addLayout(cards);
    layout->addStretch(1);
}

} // namespace genlab::ui
