-- Published by partnership, for peer: a peer-support model's name, which the peer worker list
-- shows beside each peer worker. (peer reads partnership's organisation_view too, for the
-- organisation's name the list shows and sorts by.) A plain projection, as those of V11_1.
create view peer_support_model_view as
select m.id, m.name
from peer_support_model m;
