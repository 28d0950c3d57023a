cronsim sim
