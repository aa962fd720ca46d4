// Table tests for purchase-name: order and basket history, spend and frequency per person in seven
// languages; order keys, statuses and per-order amounts are not; the person-key gate.
import detector from '../../../src/detectors/name/purchase-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'behavior.purchase' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'order_history', 'orders_count', 'order_count', 'number_of_orders', 'total_spent', 'total_spend', 'aov',
    'items_purchased', 'cart_items', 'last_purchase_date', 'last_order_at', 'purchase_frequency', 'rfm', 'orders',
    'Bestellhistorie', 'Anzahl_Bestellungen', 'Warenkorb', 'historique_des_commandes', 'nb_commandes', 'dernier_achat',
    'historial_de_compras', 'ultima_compra', 'storico_ordini', 'ultimo_acquisto', 'bestelgeschiedenis',
    'laatste_aankoop', 'historico_de_pedidos', 'ultimo_pedido',
    { raw: 'last_order_date', type: 'timestamp', dataset: 'customers', siblings: ['id', 'email'] },
  ].map((name) => ({ name, category })),
  invalid: [
    'order_id', 'order_status', 'order_total', 'order_date', 'last_order_id', 'cart_id', 'order_number', 'tax_total',
    'shipping_total', 'has_purchased',
    { raw: 'total_orders', dataset: 'daily_sales', siblings: ['day', 'store_id', 'revenue'] },
  ],
});
