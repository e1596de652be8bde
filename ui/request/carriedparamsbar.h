#pragma once

#include "core/b24/orderedjson.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace b24 {

// Parameters written for one method must not go out silently with another. The bar remembers the
// method the parameters were written for; when the method changes it says which of them are kept
// ("kept from crm.contact.list: filter, select") and which are not sent because the new method
// does not take them, with one click to clear the kept ones or to keep them for the new method.
class CarriedParamsBar : public QWidget
{
    Q_OBJECT
public:
    explicit CarriedParamsBar(QWidget *parent = nullptr);

    // The user wrote `params` for `method` (typed, reopened, or accepted with Keep).
    void setOrigin(const QString &method, const OrderedJson &params);
    QString origin() const { return m_origin; }
    // What to show for `method`: the origin's parameters without the keys `method` does not take.
    // Updates the note; back on the origin's method everything written is shown again.
    OrderedJson paramsFor(const QString &method);

    QString noteText() const;
    QPushButton *clearButton() const { return m_clear; }
    QPushButton *keepButton() const { return m_keep; }

signals:
    void clearRequested();
    void keepRequested();

private:
    QString m_origin;
    OrderedJson m_params = OrderedJson::object();
    QLabel *m_note;
    QPushButton *m_clear;
    QPushButton *m_keep;
};

} // namespace b24
