#pragma once

#include <QLabel>

namespace b24 {

// A one-line label that ends in "…" when it has less room than its text, instead of cutting a
// word in half; it never asks for more than a few characters of room. Plain text only.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    // The text as painted in the current width.
    QString shownText() const;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace b24
