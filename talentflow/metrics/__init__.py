"""talentflow.metrics"""
