#include "ui/request/apiswitch.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

ApiSwitch::ApiSwitch(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(u"apiVersion"_s);
    addItem(tr("v2"), int(ApiVersion::V2));
    setItemData(0, tr("The classic REST API: /rest/{user}/{secret}/method"), Qt::ToolTipRole);
    addItem(tr("v3 · REST 3.0"), int(ApiVersion::V3));
    setItemData(1,
                tr("REST 3.0: /rest/api/{user}/{secret}/method, JSON body, answers {item} or {items}; writes "
                   "carry an Idempotency-Key"),
                Qt::ToolTipRole);
    setToolTip(tr("Which REST API the request speaks; the webhook serves both"));
    connect(this, &QComboBox::activated, this, [this] { emit chosen(api()); });
}

} // namespace b24
